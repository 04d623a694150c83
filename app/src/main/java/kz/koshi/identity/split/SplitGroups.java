package kz.koshi.identity.split;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kz.koshi.identity.registry.SourceRecordRepository;
import kz.koshi.identity.registry.StoredRecord;
import org.springframework.stereotype.Component;

/**
 * The two groups of a proposal as the person stands now: its records listed to leave that are still on the person
 * (a record moved elsewhere since the run is left alone), and the others, which stay.
 */
@Component
class SplitGroups {

    record Groups(String personNumber, List<StoredRecord> staying, List<StoredRecord> leaving) {
    }

    private final SplitProposalRepository proposals;
    private final SourceRecordRepository records;
    private final RecordMoves moves;

    SplitGroups(SplitProposalRepository proposals, SourceRecordRepository records, RecordMoves moves) {
        this.proposals = proposals;
        this.records = records;
        this.moves = moves;
    }

    Groups of(SplitProposal proposal) {
        String person = moves.currentNumber(proposal.personNumber());
        Set<Long> listed = new HashSet<>(proposals.leavingRecords(proposal.id()));
        List<StoredRecord> all = records.ofPerson(person);
        return new Groups(person, all.stream().filter(r -> !listed.contains(r.id())).toList(),
                all.stream().filter(r -> listed.contains(r.id())).toList());
    }
}
