/** The review screens: correcting one judgment's reading, the Reading corrections page, and calibration rounds. */
package org.boundarylab.review.ui;
