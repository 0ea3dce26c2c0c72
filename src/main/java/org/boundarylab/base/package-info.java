/** Small shared pieces: reading YAML with line numbers, and the one shape of an input problem. */
package org.boundarylab.base;
