package kz.koshi.demo.generator;

/** A Kazakh city in the three spellings addresses use: Russian (Караганда), Kazakh (Қарағанды), Latin. */
record City(String russian, String kazakh, String latin) {

    static City parse(String line) {
        String[] parts = line.split("\\|");
        return new City(parts[0], parts[1], parts[2]);
    }
}
