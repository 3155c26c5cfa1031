package io.avatarforge.worker.dispatch;

/**
 * A generation request whose payload is not a request at all: retrying cannot help, so it goes to the dead-letter topic
 * at once.
 */
class UnreadableRequestException extends RuntimeException {

    UnreadableRequestException(String message, Throwable cause) {
        super(message, cause);
    }

    UnreadableRequestException(String message) {
        super(message);
    }
}
