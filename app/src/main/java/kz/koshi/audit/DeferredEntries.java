package kz.koshi.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Entries that must stay on record although the request's transaction rolls back (refusals), noted while that
 * transaction holds the request's pooled connection and written by {@link AfterRequestEntries} once the request
 * is done with it: writing them at once would take a second connection, and enough simultaneous refusals would
 * then empty the pool (docs/decisions/0007).
 */
final class DeferredEntries {

    static final String ATTRIBUTE = DeferredEntries.class.getName();

    private final List<ChainAppender.Pending> pending = new ArrayList<>();

    /** The list of the request in progress, if the caller is inside a transaction of a request; else none. */
    static DeferredEntries ofCurrentRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        return (DeferredEntries) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }

    void add(ChainAppender.Pending entry) {
        pending.add(entry);
    }

    List<ChainAppender.Pending> drain() {
        List<ChainAppender.Pending> all = List.copyOf(pending);
        pending.clear();
        return all;
    }
}
