/**
 * Question banks: a case exported as questions an LMS imports, Moodle XML or GIFT. Each segment is a
 * multiple-response question over the four characteristics and "None of these", with per-answer
 * feedback worded by the message catalogue and the expert's explanation as general feedback. Used
 * by the library's "Download for Moodle" and by {@code java -jar boundary-lab.jar export}.
 */
package org.boundarylab.export;
