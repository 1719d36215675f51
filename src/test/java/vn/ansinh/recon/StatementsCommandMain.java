package vn.ansinh.recon;

import picocli.CommandLine;
import vn.ansinh.console.cli.StatementsCommand;

/** {@code ansinh statements} alone, as a process: until the lead registers it in AnsinhCli, tests start it here. */
public final class StatementsCommandMain {

    private StatementsCommandMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new StatementsCommand()).execute(args));
    }
}
