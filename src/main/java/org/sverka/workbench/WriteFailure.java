package org.sverka.workbench;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Says in words why a file could not be written. The JDK's file exceptions carry only the path as their
 * message ("/proc/.x.xlsx.part"), which tells the user neither the reason nor the file they asked for.
 */
final class WriteFailure {
    static final String WHAT_TO_DO = " Choose another output file, then export again.";

    private WriteFailure() {
    }

    /** Why writing failed, in lower case without a final full stop: "permission denied". */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "it is a folder that is not empty";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist or takes no new files";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason.toLowerCase(Locale.ROOT);
    }
}
