/** The case library. */
package org.boundarylab.vignette.ui;
