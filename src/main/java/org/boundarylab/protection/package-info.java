/** Owns the protections every module may use and that depend on none: throttling guesses, refusing text that hides what it says. */
package org.boundarylab.protection;
