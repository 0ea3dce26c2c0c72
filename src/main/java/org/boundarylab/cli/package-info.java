/** The headless command line: scoring responses gathered elsewhere with the same rule base, no server. */
package org.boundarylab.cli;
