/** Owns LTI 1.3: platform registration, the tool's keys, launches from an LMS, deep linking and grades sent back (docs/lms.md); ui/ the LMS platforms page. */
package org.boundarylab.lti;
