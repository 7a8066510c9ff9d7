package org.workledger.returns;

import java.nio.file.Path;

/**
 * A file found in {@code input/}.
 *
 * @param name path below input/, as the clerk sees it
 * @param ignored lock, hidden or temporary files: recorded, never read
 * @param settling changed within the settle time, maybe still being copied: left for the next run
 */
public record InputCandidate(Path path, String name, boolean ignored, boolean settling) {
}
