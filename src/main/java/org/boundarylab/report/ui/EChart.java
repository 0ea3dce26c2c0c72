package org.boundarylab.report.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by Apache ECharts in the browser, loaded from its webjar (no npm build). Decal
 * patterns and value labels are switched on, so the chart reads without colour; the aria label
 * says in words what it shows.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
class EChart extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    EChart(String description, String height) {
        addClassName("chart");
        setHeight(height);
        setWidthFull();
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
    }

    void show(Map<String, Object> option) {
        Map<String, Object> withAria = new java.util.LinkedHashMap<>(option);
        withAria.put("aria", Map.of("enabled", true, "decal", Map.of("show", true)));
        withAria.putIfAbsent("textStyle", Map.of("fontSize", 14));
        getElement()
                .executeJs(
                        "const c = echarts.getInstanceByDom(this) || echarts.init(this);"
                                + "c.setOption(JSON.parse($0), true); new ResizeObserver(() => c.resize()).observe(this);",
                        JSON.writeValueAsString(withAria));
    }

    /** A bar chart of labelled values, the value written on each bar. */
    static Map<String, Object> bars(
            java.util.List<String> labels, java.util.List<? extends Number> values, String axisName, Double max) {
        Map<String, Object> yAxis = new java.util.LinkedHashMap<>();
        yAxis.put("type", "value");
        yAxis.put("name", axisName);
        if (max != null) {
            yAxis.put("max", max);
        }
        return Map.of(
                "grid", Map.of("left", 60, "right", 20, "top", 40, "bottom", 60),
                "xAxis", Map.of("type", "category", "data", labels, "axisLabel", Map.of("interval", 0, "fontSize", 13)),
                "yAxis", yAxis,
                "series",
                        java.util.List.of(Map.of(
                                "type",
                                "bar",
                                "data",
                                values,
                                "itemStyle",
                                Map.of("color", "#1f5f7a"),
                                "label",
                                Map.of("show", true, "position", "top", "fontSize", 14))));
    }
}
