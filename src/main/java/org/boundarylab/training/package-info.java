/** Owns attempts and their stored judgments: start, submit, classify, store, then feed back; ui/ the judgment screen and summary. */
package org.boundarylab.training;
