"""Commands that measure the pipeline on the development data in ../shared/data, read in place, never copied
into the project."""
