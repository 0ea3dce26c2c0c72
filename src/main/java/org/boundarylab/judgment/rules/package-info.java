/**
 * The Drools rule base: the only package that imports org.kie or org.drools. Compiles rules/*.drl
 * from disk into one shared KieBase, runs a short-lived session per judgment, and swaps in a
 * reloaded rule base atomically.
 */
package org.boundarylab.judgment.rules;
