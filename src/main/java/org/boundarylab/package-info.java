/** Boundary Lab: the application entry point; each feature lives in its own sub-package. */
package org.boundarylab;
