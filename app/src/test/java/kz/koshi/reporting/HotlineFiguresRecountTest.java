package kz.koshi.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kz.koshi.DatabaseTest;
import kz.koshi.hotline.CallClass;
import kz.koshi.hotline.Channel;
import kz.koshi.hotline.HotlineCallLogged;
import kz.koshi.hotline.HotlineCountBy;
import kz.koshi.hotline.HotlineCalls;
import kz.koshi.hotline.HotlineStatistics;
import kz.koshi.hotline.NewCall;
import kz.koshi.hotline.NewRoute;
import kz.koshi.hotline.RouteKind;
import kz.koshi.hotline.SpokenLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the hotline's figures, counted by reporting from the hotline's events, agree with the hotline's own count of
 * its calls and routes ({@link HotlineStatistics}) by every dimension and by region; a call's event delivered twice is
 * counted once.
 */
@DatabaseTest
class HotlineFiguresRecountTest {

    @Autowired
    FigureQueries figures;
    @Autowired
    HotlineStatistics hotline;
    @Autowired
    HotlineCalls calls;
    @Autowired
    UserDetailsService officers;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void callsAndRoutesAgreeWithTheHotlinesOwnCount() throws InterruptedException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        as("hotline");
        long first = calls.log(call(Channel.CALL, "KZ-75", CallClass.WORK_ABROAD));
        calls.log(call(Channel.MESSENGER, "KZ-75", CallClass.LABOUR_RIGHTS));
        long third = calls.log(call(Channel.EMAIL, "KZ-79", CallClass.POSSIBLE_TRAFFICKING));
        calls.route(third, new NewRoute(RouteKind.SCREENING, null, null));
        transactions.executeWithoutResult(t -> events.publishEvent(new HotlineCallLogged(first, today, "KZ-75",
                CallClass.WORK_ABROAD, Channel.CALL)));
        as("analyst");
        List<ReportFilter> filters = List.of(ReportFilter.period(today.minusYears(1), today),
                new ReportFilter(today.minusDays(30), today, "KZ-75", null, null, null));
        Map<String, Map<String, Long>> expected = hotline(filters);
        Map<String, Map<String, Long>> counted = Map.of();
        for (int i = 0; i < 100 && !counted.equals(expected); i++) {
            Thread.sleep(100);
            counted = reporting(filters);
        }
        assertThat(counted).isEqualTo(expected);
        assertThat(expected.get("HOTLINE_CALLS KIND " + filters.get(1))).containsKey("WORK_ABROAD");
        assertThat(expected.get("HOTLINE_ROUTES KIND " + filters.getFirst())).containsKey("SCREENING");
    }

    private static NewCall call(Channel channel, String region, CallClass c) {
        return new NewCall(channel, true, SpokenLanguage.RUSSIAN, false, null, "Тест: обращение на линию.", region, c, false, false);
    }

    private Map<String, Map<String, Long>> reporting(List<ReportFilter> filters) {
        Map<String, Map<String, Long>> all = new TreeMap<>();
        for (Figure figure : List.of(Figure.HOTLINE_CALLS, Figure.HOTLINE_ROUTES)) {
            for (Dimension by : figures.dimensions(figure)) {
                for (ReportFilter f : filters) {
                    Map<String, Long> cells = new LinkedHashMap<>();
                    figures.count(figure, by, f).cells().stream().filter(c -> c.count() > 0).forEach(c -> cells.put(c.key(), c.count()));
                    all.put(figure + " " + by + " " + f, cells);
                }
            }
        }
        return all;
    }

    private Map<String, Map<String, Long>> hotline(List<ReportFilter> filters) {
        Map<String, Map<String, Long>> all = new TreeMap<>();
        for (Figure figure : List.of(Figure.HOTLINE_CALLS, Figure.HOTLINE_ROUTES)) {
            for (Dimension by : figures.dimensions(figure)) {
                for (ReportFilter f : filters) {
                    HotlineCountBy countBy = HotlineCountBy.valueOf(by.name());
                    all.put(figure + " " + by + " " + f, new LinkedHashMap<>(figure == Figure.HOTLINE_CALLS
                            ? hotline.calls(f.from(), f.to(), f.regionCode(), countBy)
                            : hotline.routes(f.from(), f.to(), f.regionCode(), countBy)));
                }
            }
        }
        return all;
    }

    private void as(String username) {
        UserDetails officer = officers.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
    }
}
