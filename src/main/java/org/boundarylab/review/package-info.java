/**
 * Supervisors review the rule base's reading of trainees' reasoning: they correct (or confirm) what a
 * judgment's reasoning describes, export the corrections as rows of the rule base's evaluation file,
 * and calibrate as a panel, reading a sample of judgments blind and comparing with each other and
 * with the rule base.
 */
package org.boundarylab.review;
