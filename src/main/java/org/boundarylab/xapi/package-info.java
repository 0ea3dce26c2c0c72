/**
 * Learning records: what happens in Boundary Lab (an attempt started, a segment answered, the
 * knowledge check answered, an attempt completed, a supervisor's override) as xAPI statements, sent
 * to the learning record store an admin configures. Listens to the training and report features'
 * events and keeps its own tables (its settings and the outbox); reads no other feature's tables.
 * The statements follow the small profile in docs/xapi.md.
 */
package org.boundarylab.xapi;
