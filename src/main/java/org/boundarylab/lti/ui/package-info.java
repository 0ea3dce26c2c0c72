/** The admin's LMS platforms page: registrations, the tool's values to paste into the LMS, key rotation. */
package org.boundarylab.lti.ui;
