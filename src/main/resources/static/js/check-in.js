// QR check-in page (/check-in/{session}): adds the browser's fingerprint and, when the session has a geofence, its
// location to the form before it is sent. The fingerprint is "<id>.<traits>": id is 128 random bits kept in
// localStorage (stable for this browser profile until its storage is cleared), traits a FNV-1a hash of screen size,
// colour depth, time zone, language, platform and user agent (tells apart two devices that share a copied id). It needs
// no secure context (crypto.subtle does), so it works on a plain-HTTP intranet too.
(function () {
  'use strict';

  function deviceId() {
    var key = 'cotrain.device';
    try {
      var id = window.localStorage.getItem(key);
      if (!id) {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        id = Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
        window.localStorage.setItem(key, id);
      }
      return id;
    } catch (e) {
      return 'nostorage';
    }
  }

  function fnv1a(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return ('0000000' + h.toString(16)).slice(-8);
  }

  function traits() {
    var zone = '';
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { zone = ''; }
    return [screen.width + 'x' + screen.height, screen.colorDepth, zone, navigator.language, navigator.platform,
      navigator.userAgent].join('|');
  }

  function fingerprint() {
    return deviceId() + '.' + fnv1a(traits());
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('checkInForm');
    if (!form) {
      return;
    }
    var sending = false;
    form.addEventListener('submit', function (event) {
      if (sending) {
        return;
      }
      event.preventDefault();
      sending = true;
      form.querySelector('button[type=submit]').disabled = true;
      form.elements.fingerprint.value = fingerprint();
      if (form.dataset.needsLocation !== 'true' || !navigator.geolocation) {
        form.submit();
        return;
      }
      navigator.geolocation.getCurrentPosition(function (position) {
        form.elements.latitude.value = position.coords.latitude;
        form.elements.longitude.value = position.coords.longitude;
        form.elements.accuracy.value = position.coords.accuracy;
        form.submit();
      }, function () {
        form.submit(); // without a location: the server says that one is required
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  });
}());
