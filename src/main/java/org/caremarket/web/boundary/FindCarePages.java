package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.caremarket.platform.control.Page;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.caremarket.web.control.CareFinder;
import org.caremarket.web.control.CareSearch;
import org.caremarket.web.control.Places;
import org.caremarket.web.control.ServiceDetail;
import org.caremarket.web.control.ServiceSummary;

/**
 * "Find care", public: the search form and its results on one page (a GET form, so a search is a link one can keep
 * or share, and the back button works), and each service's page. A form with errors is answered 400 with the error
 * summary, the messages on the fields and every value kept.
 */
@WebServlet(name = "FindCarePages", urlPatterns = {"/find-care", "/find-care/services/*"})
public class FindCarePages extends HttpServlet {

    private static final Pattern PAGE = Pattern.compile("^[1-9][0-9]{0,4}$");
    private static final Pattern ID = Pattern.compile("^/[A-Za-z0-9-]{1,64}$");

    @Inject
    Pages pages;

    @Inject
    CareFinder finder;

    @Inject
    Places places;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/find-care/services".equals(request.getServletPath())) {
            servicePage(request, response);
        } else {
            search(request, response);
        }
    }

    private void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pageParameter = request.getParameter("page");
        if (request.getParameterValues("page") != null && (request.getParameterValues("page").length > 1
                || !PAGE.matcher(pageParameter).matches() || Integer.parseInt(pageParameter) > FindCareForm.MAX_PAGE)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int page = pageParameter == null ? 1 : Integer.parseInt(pageParameter);
        FindCareForm form = FindCareForm.read(request.getParameterMap(), page, places::find);
        Optional<CareSearch> search = form.search();
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("search", search.orElse(null));
        model.put("results", search.map(finder::search).orElse(null));
        model.put("kinds", ServiceKind.values());
        model.put("specialisms", Specialism.values());
        PageMeta meta = PageMeta.of(request, search.map(s -> "Care services near " + s.place().label()).orElse("Find care"),
                PageMeta.Section.FIND_CARE).withErrors(form.problems());
        pages.render(response, meta.hasErrors() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK,
                "findCare.jte", meta, model);
    }

    private void servicePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<ServiceDetail> service = path != null && ID.matcher(path).matches()
                ? finder.service(path.substring(1)) : Optional.empty();
        if (service.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        pages.render(response, HttpServletResponse.SC_OK, "service.jte",
                PageMeta.of(request, service.get().summary().name(), PageMeta.Section.FIND_CARE), Map.of("service", service.get()));
    }

    /** For the template: GOV.UK pagination's numbers around the current page. */
    public static java.util.List<Integer> pageNumbers(Page<ServiceSummary> results) {
        int last = lastPage(results);
        int current = results.page() + 1;
        java.util.List<Integer> numbers = new java.util.ArrayList<>();
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - current) <= 1) {
                numbers.add(n);
            } else if (numbers.get(numbers.size() - 1) != 0) {
                numbers.add(0); // an ellipsis
            }
        }
        return numbers;
    }

    public static int lastPage(Page<ServiceSummary> results) {
        return (int) Math.max(1, (results.total() + results.size() - 1) / results.size());
    }
}
