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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.Forbidden;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.PreconditionFailed;
import org.caremarket.platform.entity.Role;
import org.caremarket.vacancy.control.Vacancies;
import org.caremarket.vacancy.entity.VacancyState;
import org.caremarket.web.control.ProviderDesk;

/**
 * For providers' staff, signed in: their services with each one's report age (out of date first, with the date the
 * next is due), and a service's vacancy report as a form in its kind's part. The form carries the version it showed;
 * the write is refused if someone else's report came in meanwhile, and the page then shows theirs to start again from.
 */
@WebServlet(name = "ProviderPages", urlPatterns = {"/provider", "/provider/services/*"})
public class ProviderPages extends HttpServlet {

    private static final Pattern SERVICE = Pattern.compile("^/([A-Za-z0-9-]{1,64})/vacancies$");

    @Inject
    Pages pages;

    @Inject
    ProviderDesk desk;

    @Inject
    CurrentCaller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (caller.get().isAnonymous()) {
            seeOther(response, "/sign-in");
            return;
        }
        if ("/provider".equals(request.getServletPath())) {
            if (!caller.get().is(Role.PROVIDER)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("services", desk.services(caller.get()));
            pages.render(response, 200, "providerServices.jte",
                    PageMeta.of(request, "Your services’ vacancies", PageMeta.Section.ACCOUNT), model);
            return;
        }
        Optional<String> id = serviceId(request);
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            Vacancies.Current current = mine(id.get());
            render(request, response, 200, current, VacancyForm.of(current.service().kind(), current.version(),
                    current.state().map(VacancyState::report)), false, "yes".equals(request.getParameter("saved")));
        } catch (DomainFailure failure) {
            response.sendError(failure.status());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> id = serviceId(request);
        if (caller.get().isAnonymous()) {
            seeOther(response, "/sign-in");
            return;
        }
        String versionText = request.getParameter("version");
        if (id.isEmpty() || versionText == null || !versionText.matches("^\\d{1,18}$")) {
            response.sendError(id.isEmpty() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Vacancies.Current current;
        try {
            current = mine(id.get());
        } catch (DomainFailure failure) {
            response.sendError(failure.status());
            return;
        }
        VacancyForm form = VacancyForm.read(current.service().kind(), Long.parseLong(versionText), request.getParameterMap());
        var report = form.report();
        if (report.isEmpty()) {
            render(request, response, 400, current, form, false, false);
            return;
        }
        try {
            desk.replace(id.get(), form.version, report.get());
        } catch (RuntimeException thrown) {
            DomainFailure failure = DomainFailure.within(thrown).orElseThrow(() -> thrown);
            if (failure instanceof InvalidInput refused) {
                form.refused(refused.errors());
                render(request, response, 400, current, form, false, false);
            } else if (failure instanceof PreconditionFailed) {
                Vacancies.Current latest = desk.current(id.get());
                render(request, response, 409, latest, VacancyForm.of(latest.service().kind(), latest.version(),
                        latest.state().map(VacancyState::report)), true, false);
            } else {
                response.sendError(failure.status());
            }
            return;
        }
        seeOther(response, "/provider/services/" + id.get() + "/vacancies?saved=yes");
    }

    /** The service's current report, if the caller may change it (403 otherwise, 404 for an unknown service). */
    private Vacancies.Current mine(String id) {
        Vacancies.Current current = desk.current(id);
        if (!caller.get().actsFor(current.service().providerId())) {
            throw new Forbidden("This account acts for another provider.");
        }
        return current;
    }

    private void render(HttpServletRequest request, HttpServletResponse response, int status, Vacancies.Current current,
                        VacancyForm form, boolean changed, boolean saved) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("service", current.service());
        model.put("form", form);
        model.put("changed", changed);
        model.put("saved", saved);
        model.put("reportedAt", current.state().map(VacancyState::reportedAt).orElse(null));
        PageMeta meta = PageMeta.of(request, "Vacancies at " + current.service().name(), PageMeta.Section.ACCOUNT)
                .withErrors(form.problems());
        pages.render(response, status, "vacancyForm.jte", meta, model);
    }

    private static Optional<String> serviceId(HttpServletRequest request) {
        String path = request.getPathInfo();
        Matcher m = path == null ? null : SERVICE.matcher(path);
        return m != null && m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static void seeOther(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
    }
}
