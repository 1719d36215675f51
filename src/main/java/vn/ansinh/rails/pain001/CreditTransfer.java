package vn.ansinh.rails.pain001;

import java.util.Objects;
import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.rails.party.AccountId;
import vn.ansinh.rails.party.AsciiText;
import vn.ansinh.rails.party.BankIdentity;

/**
 * One payment to one beneficiary, as one CdtTrfTxInf. The name and description are ASCII already ({@link #of}
 * converts); the remittance text sent is the end-to-end id, a space, and the description.
 */
public record CreditTransfer(
        EndToEndId endToEndId,
        String instructionId,
        long amountVnd,
        BankIdentity creditorAgent,
        String creditorName,
        AccountId creditorAccount,
        String description) {

    public CreditTransfer {
        Objects.requireNonNull(endToEndId, "endToEndId");
        Pain001Limits.requireIdentifier(instructionId, "InstrId");
        Objects.requireNonNull(creditorAgent, "creditorAgent");
        Objects.requireNonNull(creditorAccount, "creditorAccount");
        if (amountVnd < 1 || amountVnd > Pain001Limits.AMOUNT_VND_MAX) {
            throw new IllegalArgumentException("a transfer is 1-" + Pain001Limits.AMOUNT_VND_MAX + " VND");
        }
        if (creditorName == null || !AsciiText.isAscii(creditorName, Pain001Limits.NAME_LENGTH_MAX)) {
            throw new IllegalArgumentException("creditor name is 1-140 characters of A-Z, 0-9 and single spaces");
        }
        if (description == null || !AsciiText.isAscii(description, Pain001Limits.DESCRIPTION_LENGTH_MAX)) {
            throw new IllegalArgumentException("description is 1-100 characters of A-Z, 0-9 and single spaces");
        }
    }

    /** A transfer whose instruction id is its end-to-end id and whose name and description lose their diacritics. */
    public static CreditTransfer of(EndToEndId endToEndId, long amountVnd, BankIdentity creditorAgent,
            String creditorName, AccountId creditorAccount, String description) {
        return new CreditTransfer(endToEndId, endToEndId.value(), amountVnd, creditorAgent,
                AsciiText.of(creditorName, Pain001Limits.NAME_LENGTH_MAX), creditorAccount,
                AsciiText.of(description, Pain001Limits.DESCRIPTION_LENGTH_MAX));
    }

    /** The id first, because banks that shorten a description cut its end. */
    public String remittanceText() {
        return endToEndId.value() + " " + description;
    }
}
