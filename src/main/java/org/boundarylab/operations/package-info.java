/** Owns backups (online, signed) and restoring them into a new data folder; ui/ the Operations page. */
package org.boundarylab.operations;
