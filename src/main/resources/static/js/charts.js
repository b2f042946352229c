// Charts: every element with data-chart="<kind>" becomes an ECharts chart of that kind. The numbers come as JSON in
// data-chart-data, every text (series names, axis names) in data-label-* attributes rendered from the message
// bundles, so this file holds no UI text. ECharts itself is loaded only on pages that have a chart (the URL is in
// this script tag's data-echarts). Each chart element carries role="img", an aria-label and aria-describedby
// pointing at the table with the same numbers.
(function () {
  'use strict';

  var echartsUrl = document.currentScript && document.currentScript.dataset.echarts;
  var loading = null;

  function lang() {
    return document.documentElement.lang || 'zh-CN';
  }

  function number(value, digits) {
    return value === null || value === undefined ? '—'
      : new Intl.NumberFormat(lang(), { maximumFractionDigits: digits }).format(value);
  }

  function percent(value) {
    return value === null || value === undefined ? '—'
      : new Intl.NumberFormat(lang(), { style: 'percent', maximumFractionDigits: 0 }).format(value);
  }

  // every category name is shown, wrapped to its share of the width (see fitLabels)
  function categoryAxis(names) {
    return { type: 'category', data: names, axisTick: { alignWithLabel: true },
      axisLabel: { interval: 0, overflow: 'break', width: 80 } };
  }

  function fitLabels(el, chart) {
    var axis = chart.getOption().xAxis[0];
    if (axis.type === 'category' && axis.axisLabel.overflow === 'break' && axis.data.length > 0) {
      chart.setOption({ xAxis: { axisLabel: { width: Math.max(36, (el.clientWidth - 100) / axis.data.length - 8) } } });
    }
  }

  var kinds = {
    // need analysis: mean gap in levels (bars, left axis), share below requirement and share of KPI values below
    // target (right axis, 0–100 %), competencies in ranked order
    gaps: function (labels, data) {
      return {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
        xAxis: categoryAxis(data.categories),
        yAxis: [
          { type: 'value', name: labels.levels, min: 0, minInterval: 0.5 },
          { type: 'value', name: labels.share, min: 0, max: 1, splitLine: { show: false },
            axisLabel: { formatter: percent } }
        ],
        series: [
          { name: labels.meanGap, type: 'bar', yAxisIndex: 0, data: data.meanGap,
            tooltip: { valueFormatter: function (v) { return number(v, 2); } } },
          { name: labels.shareBelow, type: 'bar', yAxisIndex: 1, data: data.shareBelow,
            tooltip: { valueFormatter: percent } },
          { name: labels.kpiShare, type: 'line', yAxisIndex: 1, data: data.kpiShareBelowTarget, symbolSize: 9,
            lineStyle: { type: 'dashed' }, tooltip: { valueFormatter: percent } }
        ]
      };
    },
    // archive: required level and the latest level of each source, per competency (levels 1–5)
    levels: function (labels, data) {
      var series = ['required', 'self', 'mentor', 'test'].filter(function (key) {
        return Array.isArray(data[key]);
      }).map(function (key) {
        return { name: labels[key], type: 'bar', data: data[key], barMaxWidth: 24,
          itemStyle: key === 'required' ? { color: '#adb5bd' } : undefined };
      });
      return {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
        xAxis: categoryAxis(data.categories),
        yAxis: { type: 'value', name: labels.levels, min: 0, max: 5, interval: 1 },
        series: series
      };
    },
    // archive: one KPI's monthly values with its target as a mark line
    kpi: function (labels, data) {
      var target = Number(data.target);
      var unit = data.unit || '';
      var values = data.values.map(function (v) { return v === null ? null : Number(v); });
      function show(v) { return v === null || v === undefined ? '—' : number(v, 2) + unit; }
      function bound(grow) {
        return function (extent) {
          var low = Math.min(extent.min, target);
          var high = Math.max(extent.max, target);
          var pad = (high - low) * 0.15 || Math.abs(high) * 0.1 || 1;
          return grow > 0 ? Math.ceil(high + pad) : Math.floor(Math.max(0, low - pad));
        };
      }
      return {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: data.months, boundaryGap: false },
        yAxis: { type: 'value', name: unit, min: bound(-1), max: bound(1) },
        series: [{
          name: labels.value, type: 'line', data: values, connectNulls: false, symbolSize: 8,
          tooltip: { valueFormatter: show },
          markLine: {
            symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#dc3545' },
            label: { formatter: labels.target + ' ' + show(target), position: 'insideEndTop' },
            data: [{ yAxis: target }]
          }
        }]
      };
    }
  };

  function labelsOf(el) {
    var labels = {};
    Object.keys(el.dataset).forEach(function (key) {
      if (key.indexOf('label') === 0 && key.length > 5) {
        labels[key.charAt(5).toLowerCase() + key.slice(6)] = el.dataset[key];
      }
    });
    return labels;
  }

  function render(el) {
    if (window.echarts.getInstanceByDom(el)) {
      return;
    }
    var kind = kinds[el.dataset.chart];
    if (!kind || !el.dataset.chartData) {
      return;
    }
    var chart = window.echarts.init(el, null, { renderer: 'canvas', locale: /^zh/i.test(lang()) ? 'ZH' : 'EN' });
    var option = kind(labelsOf(el), JSON.parse(el.dataset.chartData));
    option.animation = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    chart.setOption(option);
    fitLabels(el, chart);
  }

  function chartsIn(root) {
    var found = Array.prototype.slice.call(root.querySelectorAll('[data-chart]'));
    if (root.matches && root.matches('[data-chart]')) {
      found.unshift(root);
    }
    return found;
  }

  function withECharts(callback) {
    if (window.echarts) {
      callback();
      return;
    }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = echartsUrl;
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    loading.then(callback);
  }

  function init(root) {
    var elements = chartsIn(root || document);
    if (elements.length > 0) {
      withECharts(function () { elements.forEach(render); });
    }
  }

  function dispose(root) {
    if (window.echarts && root) {
      chartsIn(root).forEach(function (el) {
        var chart = window.echarts.getInstanceByDom(el);
        if (chart) {
          chart.dispose();
        }
      });
    }
  }

  var resizing = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () {
      if (window.echarts) {
        chartsIn(document).forEach(function (el) {
          var chart = window.echarts.getInstanceByDom(el);
          if (chart) {
            chart.resize();
            fitLabels(el, chart);
          }
        });
      }
    }, 150);
  });

  // htmx: charts in swapped-in content are initialised, those about to be replaced are released first
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.shouldSwap) {
      dispose(event.detail.target);
    }
  });
  document.addEventListener('htmx:load', function (event) { init(event.detail.elt); });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { init(document); });
  }
  else {
    init(document);
  }
}());
