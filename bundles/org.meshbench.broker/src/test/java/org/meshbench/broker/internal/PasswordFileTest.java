package org.meshbench.broker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.broker.BrokerStartException.Reason;

/** Reading password files: comments, the first colon, and errors that name the line. */
class PasswordFileTest {

    @TempDir
    Path directory;

    @Test
    void readsUsersSkippingCommentsAndBlankLines() throws Exception {
        Map<String, StoredPassword> users = PasswordFile.read(write("""
                # comment: not a user
                gateway:gw:pass

                backend:secret
                """));
        assertEquals(2, users.size());
        assertTrue(users.get("gateway").matches("gw:pass".getBytes(StandardCharsets.UTF_8)));
        assertTrue(users.get("backend").matches("secret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theAuthenticatorNeedsAUserOfTheFileAndItsPassword() throws Exception {
        PasswordFileAuthenticator authenticator = new PasswordFileAuthenticator(PasswordFile.read(write("u:p\n")));
        assertTrue(authenticator.checkValid("client", "u", "p".getBytes(StandardCharsets.UTF_8)));
        assertFalse(authenticator.checkValid("client", "u", "q".getBytes(StandardCharsets.UTF_8)));
        assertFalse(authenticator.checkValid("client", "u", null));
        assertFalse(authenticator.checkValid("client", null, "p".getBytes(StandardCharsets.UTF_8)));
        assertFalse(authenticator.checkValid("client", "v", "p".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void problemsNameTheFileAndLine() throws IOException {
        assertProblem(write("a:1\n:nouser\n"), "line 2: expected user:password");
        assertProblem(write("a:1\nb:2\na:3\n"), "line 3: user 'a' appears a second time");
        assertProblem(write("a:$7$bad\n"), "line 1:");
        assertProblem(write("# only a comment\n"), "names no user");
        assertProblem(directory.resolve("absent"), "Cannot read the password file");
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAsSuch() throws IOException {
        Path latin1 = Files.write(directory.resolve("latin1"), new byte[] {'u', ':', (byte) 0xe4});
        assertProblem(latin1, "not UTF-8");
    }

    private Path write(String content) throws IOException {
        return Files.writeString(directory.resolve("passwd"), content);
    }

    private static void assertProblem(Path file, String expectedInMessage) {
        BrokerStartException failure = assertThrows(BrokerStartException.class, () -> PasswordFile.read(file));
        assertEquals(Reason.PASSWORD_FILE, failure.reason());
        assertTrue(failure.getMessage().contains(expectedInMessage), failure.getMessage());
        assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
    }
}
