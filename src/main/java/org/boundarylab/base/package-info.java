/** Owns the shared plumbing every module may use: YAML read with line numbers, the input-problem shape, leases for jobs one node runs at a time; ui/ the app shell and menu. */
package org.boundarylab.base;
