package kz.koshi.enforcement.channels;

import java.util.List;

/** The demo's channels and travellers, made up: routes as the border service sees them, names from the region. */
final class DemoRoutes {

    record Route(String reference, String region, int personsMoved, List<String> countries, List<String> checkpoints,
                 List<String> bins) {
    }

    record Traveller(String surname, String given, String born, String sex, String passport) {
    }

    static final List<Route> ALL = List.of(
            new Route("МВД-ТУР/041", "KZ-61", 14, List.of("UZB", "KAZ"), List.of("ROAD-ZHIBEK"), List.of()),
            new Route("МВД-ЖАМ/017", "KZ-31", 9, List.of("TJK", "KGZ", "KAZ"), List.of("ROAD-KORDAI"), List.of("180540001000")),
            new Route("ПС-ШЫМ/008", "KZ-79", 22, List.of("UZB", "KAZ", "RUS"), List.of("ROAD-KAZYGURT", "ROAD-SYRYM"), List.of()),
            new Route("МВД-АЛМ/102", "KZ-75", 6, List.of("KGZ", "KAZ"), List.of("ROAD-KARASU"), List.of()),
            new Route("МВД-АСТ/033", "KZ-71", 11, List.of("TJK", "UZB", "KAZ"), List.of("RAIL-SARYAGASH"), List.of()),
            new Route("ПС-ТУР/015", "KZ-61", 31, List.of("UZB", "KAZ", "RUS"), List.of("ROAD-ATAMEKEN", "ROAD-ZHAISAN"), List.of()),
            new Route("МВД-ЖАМ/204", "KZ-31", 7, List.of("KGZ", "KAZ"), List.of("RAIL-LUGOVAYA"), List.of()),
            new Route("МВД-МАҢ/061", "KZ-47", 5, List.of("UZB", "KAZ"), List.of("ROAD-TAZHEN"), List.of()),
            new Route("ПС-ЖАМ/027", "KZ-31", 18, List.of("TJK", "KGZ", "KAZ", "RUS"), List.of("ROAD-KORDAI", "ROAD-KURMANGAZY"), List.of()),
            new Route("МВД-ТУР/190", "KZ-61", 12, List.of("UZB", "KAZ"), List.of("ROAD-KAZYGURT"), List.of()));

    static final List<Traveller> TRAVELLERS = List.of(
            new Traveller("KARIMOV", "SHERZOD", "1994-03-11", "M", "FA2231847"),
            new Traveller("TOSHMATOVA", "DILNOZA", "1999-07-02", "F", "FA2231902"),
            new Traveller("RASULOV", "JAVLON", "2001-11-23", "M", "FA2231955"),
            new Traveller("SAIDOVA", "MEHRONA", "1997-01-30", "F", "AB0417725"),
            new Traveller("NAZAROV", "FIRDAVS", "1992-05-14", "M", "AB0417768"),
            new Traveller("QODIROV", "UMED", "2000-09-09", "M", "AB0417791"),
            new Traveller("YULDASHEV", "BEKZOD", "1995-12-05", "M", "FA3310214"),
            new Traveller("ERGASHEVA", "NIGORA", "1998-04-17", "F", "FA3310250"),
            new Traveller("XOLMATOV", "AZIZ", "1990-08-28", "M", "FA3310297"),
            new Traveller("ASANOVA", "AIZADA", "2002-02-19", "F", "AC1187462"),
            new Traveller("MAMBETOV", "NURLAN", "1993-06-07", "M", "AC1187490"),
            new Traveller("TOKTOGULOV", "EMIL", "1996-10-12", "M", "AC1187533"));

    private DemoRoutes() {
    }
}
