/** Owns the command line: score, report and restore, run without the web server. */
package org.boundarylab.cli;
