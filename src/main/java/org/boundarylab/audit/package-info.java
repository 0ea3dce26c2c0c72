/** Owns the audit trail: who did what to whom and when (sign-ins, refused calls, overrides, reloads, backups). */
package org.boundarylab.audit;
