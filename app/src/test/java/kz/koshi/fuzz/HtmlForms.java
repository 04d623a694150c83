package kz.koshi.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The links and POST forms of a page, read with patterns: enough for the platform's own server-rendered HTML. */
final class HtmlForms {

    record Form(String action, Map<String, String> fields) {
    }

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<(input|select|textarea)\\b([^>]*)>(.*?)(?=<input|<select|<textarea|$)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private HtmlForms() {
    }

    static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            links.add(decode(m.group(1)));
        }
        return links;
    }

    static List<Form> postForms(String html, String page) {
        List<Form> forms = new ArrayList<>();
        Matcher m = FORM.matcher(html);
        while (m.find()) {
            String attributes = m.group(1);
            if (!"post".equalsIgnoreCase(attribute(attributes, "method"))) {
                continue;
            }
            String action = attribute(attributes, "action");
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(m.group(2));
            while (input.find()) {
                String name = attribute(input.group(2), "name");
                if (name == null || fields.containsKey(name)) {
                    continue;
                }
                String value = attribute(input.group(2), "value");
                if (input.group(1).equalsIgnoreCase("select")) {
                    Matcher option = OPTION.matcher(input.group(3));
                    value = option.find() ? option.group(1) : "";
                }
                fields.put(name, value == null ? "" : decode(value));
            }
            forms.add(new Form(action == null || action.isEmpty() ? page : decode(action), fields));
        }
        return forms;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static String decode(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }
}
