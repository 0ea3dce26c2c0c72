/** Owns reports: statistics over stored judgments, who may see which, score overrides, CSV, JSON and PDF; ui/ the report screens. */
package org.boundarylab.report;
