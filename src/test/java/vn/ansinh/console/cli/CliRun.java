package vn.ansinh.console.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** A command run in-process with its output captured. */
record CliRun(int exitCode, String output, String errors) {

    static CliRun of(Object command, String... args) {
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(output));
        commandLine.setErr(new PrintWriter(errors));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, output.toString(), errors.toString());
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(output);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + output, e);
        }
    }
}
