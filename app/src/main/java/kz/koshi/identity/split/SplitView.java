package kz.koshi.identity.split;

import kz.koshi.identity.relink.RelinkRun;
import java.util.List;

import kz.koshi.identity.registry.StoredRecord;

/**
 * A split proposal as its reviewer sees it: the person's records in two groups (those that stay, those that would
 * leave for a new person), the run that proposed it and why (the strongest link between the groups, if any).
 */
public record SplitView(SplitProposal proposal, RelinkRun run, List<StoredRecord> staying, List<StoredRecord> leaving,
                        StrongestLink strongest) {
}
