package org.sverka.store;

import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;

/** Turns H2's refusal to open a database file into a message that says why and what to do. */
final class OpenFailure {
    private OpenFailure() {
    }

    static StoreException of(String description, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.CONNECTION_BROKEN_1 -> new StoreException(
                    "The database " + description + " is in use by another program that does not share it;"
                            + " close that program or choose another database file.", e);
            case ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_CORRUPTED_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
                    notADatabase(description, e);
            // A file too short to be a database fails as an I/O error from H2's storage layer.
            case ErrorCode.IO_EXCEPTION_1 -> e.getCause() instanceof MVStoreException
                    ? notADatabase(description, e)
                    : new StoreException("Could not open the database " + description + ": " + deepestMessage(e)
                            + "; check that the file can be read and written.", e);
            default -> new StoreException("Could not open the database " + description + ": " + Database.reason(e), e);
        };
    }

    private static StoreException notADatabase(String description, SQLException e) {
        return new StoreException("The file " + description + " is not a sverka database or is damaged;"
                + " choose another database file or restore a backup.", e);
    }

    private static String deepestMessage(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause().getMessage() != null) {
            deepest = deepest.getCause();
        }
        return deepest.getMessage();
    }
}
