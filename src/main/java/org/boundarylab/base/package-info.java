/** Owns the shared plumbing every module may use: YAML read with line numbers, the input-problem shape; ui/ the app shell and menu. */
package org.boundarylab.base;
