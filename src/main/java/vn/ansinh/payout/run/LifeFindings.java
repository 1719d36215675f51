package vn.ansinh.payout.run;

import java.util.List;

/** What the registry said about the beneficiaries a run considered: who is dead, whom it no longer knows. */
public record LifeFindings(long checked, List<Long> deceased, List<Long> notInRegistry) {

    public LifeFindings {
        deceased = List.copyOf(deceased);
        notInRegistry = List.copyOf(notInRegistry);
        if (deceased.size() + notInRegistry.size() > checked) {
            throw new IllegalArgumentException("more findings than beneficiaries checked");
        }
    }

    public Long[] deceasedArray() {
        return deceased.toArray(Long[]::new);
    }

    public Long[] notInRegistryArray() {
        return notInRegistry.toArray(Long[]::new);
    }
}
