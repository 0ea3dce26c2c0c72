/** Owns question banks: a case as Moodle XML or GIFT, a multiple-response question per segment; ui/ the library's Download for Moodle. */
package org.boundarylab.export;
