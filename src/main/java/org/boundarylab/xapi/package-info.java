/** Owns learning records: attempts, answers, completions and overrides as xAPI statements, their outbox and the LRS settings (docs/xapi.md); ui/ the Learning records page. */
package org.boundarylab.xapi;
