// The pipeline's version, apart from the stages so that code which only needs
// the number (resuming a batch run) does not load the models.

/** Bumped whenever a change can alter the output for the same input. */
export const PIPELINE_VERSION = '0.3.0';
