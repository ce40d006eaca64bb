package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.caremarket.assistant.control.EmployerCosts;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;

/**
 * What employing a personal assistant really costs (public): the PA's pay an hour and hours a week, and optionally the
 * direct payment's rate an hour, give the cost line by line a week and a year and how many hours the budget buys. The
 * sums are the assistant capability's ({@code EmployerCosts}), the same as {@code GET /api/assistants/cost}. A GET
 * form: an answer is an address one can keep.
 */
@WebServlet(name = "EmployerCostPages", urlPatterns = "/employer-costs")
public class EmployerCostPages extends HttpServlet {

    private static final Pattern MONEY = Pattern.compile("^\\d{1,3}(\\.\\d{1,2})?$");
    private static final Pattern HOURS = Pattern.compile("^\\d{1,3}(\\.(0|00|25|5|50|75))?$");

    @Inject
    Pages pages;

    @Inject
    EmployerCosts costs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> model = new HashMap<>();
        String pay = single(request, "hourlyPay");
        String hours = single(request, "hoursPerWeek");
        String budget = single(request, "budgetRate");
        String allowance = single(request, "allowance");
        model.put("hourlyPay", pay);
        model.put("hoursPerWeek", hours);
        model.put("budgetRate", budget);
        model.put("allowance", "yes".equals(allowance));
        model.put("estimate", null);
        List<FieldProblem> problems = new ArrayList<>();
        if (!request.getParameterMap().isEmpty()) {
            BigDecimal hourlyPay = money(pay, "hourlyPay", "Enter the PA’s pay an hour, like 13 or 12.50", true, problems);
            BigDecimal hoursPerWeek = null;
            if (hours == null || hours.isBlank()) {
                problems.add(new FieldProblem("hoursPerWeek", "Enter the hours a week, like 20 or 12.75"));
            } else if (!HOURS.matcher(hours.strip()).matches()) {
                problems.add(new FieldProblem("hoursPerWeek", "Enter the hours a week to the quarter hour, like 20 or 12.75"));
            } else {
                hoursPerWeek = new BigDecimal(hours.strip());
            }
            BigDecimal budgetRate = money(budget, "budgetRate", "Enter the direct payment’s rate an hour, like 17.10, or leave it empty",
                    false, problems);
            if (allowance != null && !"yes".equals(allowance)) {
                problems.add(new FieldProblem("allowance", "Tick the box, or leave it empty"));
            }
            if (request.getParameterMap().values().stream().anyMatch(v -> v.length > 1)) {
                problems.add(new FieldProblem("hourlyPay", "Enter each figure once"));
            }
            if (problems.isEmpty()) {
                try {
                    model.put("estimate", costs.estimate(hourlyPay, hoursPerWeek, budgetRate, "yes".equals(allowance), null));
                } catch (RuntimeException thrown) {
                    DomainFailure failure = DomainFailure.within(thrown).orElseThrow(() -> thrown);
                    if (!(failure instanceof InvalidInput invalid)) {
                        throw thrown;
                    }
                    for (FieldError e : invalid.errors()) {
                        String field = "budgetHourlyRate".equals(e.field()) ? "budgetRate" : e.field();
                        problems.add(new FieldProblem(field, Words.sentence(e.message())));
                    }
                }
            }
        }
        PageMeta meta = PageMeta.of(request, "What employing a personal assistant costs", PageMeta.Section.HOME)
                .withErrors(problems);
        pages.render(response, problems.isEmpty() ? 200 : 400, "employerCosts.jte", meta, model);
    }

    private static BigDecimal money(String text, String field, String message, boolean required, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, message));
            }
            return null;
        }
        String plain = text.strip().replace("£", "");
        if (!MONEY.matcher(plain).matches()) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
        return new BigDecimal(plain);
    }

    private static String single(HttpServletRequest request, String name) {
        return request.getParameter(name);
    }
}
