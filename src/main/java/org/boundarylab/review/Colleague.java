package org.boundarylab.review;

/** A supervisor or admin who can be invited to read in a calibration round. */
public record Colleague(long id, String name) {}
