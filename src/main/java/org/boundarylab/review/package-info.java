/** Owns supervisors' reading corrections and calibration rounds (blind reading, kappas); ui/ their screens. */
package org.boundarylab.review;
