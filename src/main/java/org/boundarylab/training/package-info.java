/** Attempts at a vignette and their judgments: submit, classify, store durably, then feed back. */
package org.boundarylab.training;
