package org.meshbench.protocol.internal.json;

/** JSON that does not fit the protobuf schema at one field path. */
public final class JsonPathException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String detail;

    JsonPathException(String path, String detail) {
        super((path.isEmpty() ? "" : path + ": ") + detail);
        this.path = path;
        this.detail = detail;
    }

    /** @return the field path, for example {@code wirepas.send_packet_req.qos}; empty for the root */
    public String path() {
        return path;
    }

    /** @return what is wrong */
    public String detail() {
        return detail;
    }
}
