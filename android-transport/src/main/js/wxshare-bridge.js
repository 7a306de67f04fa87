/*!
 * wxshare-bridge.js: share a WeChat Mini Program card from a page in an Android WebView, through the
 * wxshare library in the app (io.github.wxshare:wxshare-android-transport, WxShareWebBridge).
 * Apache-2.0. No dependencies, no build step.
 *
 * Installs, keeping anything else already on these objects:
 *   wx.miniapp.shareMiniProgramMessage({ ...params, success, fail, complete })   (Donut)
 *     no callbacks given: returns a Promise of the same result object
 *   window.Wechat.shareMiniProgram(params, success, error)                      (Cordova)
 *
 * Function-valued keys (the callbacks) are dropped before the parameters are sent as JSON; NaN,
 * Infinity and BigInt values are sent as strings, so that they fail as type errors instead of
 * vanishing. Every answer is an object with status, message and, where they apply, errCode, errStr,
 * transaction, violations ([{ pointer, code, message }], the first 100) and violationCount; see the
 * module README. A call the app
 * has not answered within the time it gave (its share timeout and a minute) answers NO_ANSWER.
 */
(function (global) {
  'use strict';
  if (global.__wxshareBridge) {
    return; // loaded twice: keep the first, which may have calls in flight
  }

  var NATIVE = 'WxShareNative';
  var HELLO_TIMEOUT_MS = 10000;
  var HELLO_AGAIN_MS = 1000;   // a hello lost in a navigation is asked again
  var MAX_ANSWER_MS = 2147483647;

  var token = null;         // the one token the app gave this document
  var answerMs = 6 * 60 * 1000; // how long a call waits for its reply; the app says, with the token
  var queue = [];           // calls waiting for the token
  var pending = {};         // id -> { resolve, timer }, calls sent to the app
  var nextId = 1;
  var helloTimer = null;
  var helloStarted = 0;

  function language() {
    return (global.navigator && global.navigator.language) || '';
  }

  // The same choice as core's Languages.ofTag: Traditional Chinese for the Hant script, and for TW,
  // HK and MO without a script; Simplified Chinese for every other zh tag; English otherwise.
  function chineseScript() {
    var tag = language().toLowerCase().replace(/_/g, '-');
    if (!/^zh(-|$)/.test(tag)) {
      return '';
    }
    if (/^zh-hant(-|$)/.test(tag) || /^zh-(tw|hk|mo)(-|$)/.test(tag)) {
      return 'hant';
    }
    return 'hans';
  }

  // en, zh (Simplified) and hant (Traditional): one text per language, chosen as core chooses.
  function localAnswer(status, en, zh, hant) {
    var script = chineseScript();
    return { wxshare: 1, id: null, ok: false, status: status,
      message: script === 'hant' ? hant : script === 'hans' ? zh : en };
  }

  function noNative() {
    return localAnswer('NO_NATIVE',
      'wxshare: the app side of the bridge is missing (window.' + NATIVE + ' is not defined). Open this page ' +
      'in the app, which must call WxShareWebBridge.install(webView) before the page loads.',
      'wxshare：缺少应用端的桥接（window.' + NATIVE + ' 未定义）。请在应用中打开此页面；应用需要在页面加载前调用 ' +
      'WxShareWebBridge.install(webView)。',
      'wxshare：缺少應用程式端的橋接（window.' + NATIVE + ' 未定義）。請在應用程式中開啟此頁面；應用程式需要在頁面載入前呼叫 ' +
      'WxShareWebBridge.install(webView)。');
  }

  function noAnswer() {
    return localAnswer('NO_NATIVE',
      'wxshare: the app did not answer this page within ' + HELLO_TIMEOUT_MS / 1000 + ' s.',
      'wxshare：应用没有在 ' + HELLO_TIMEOUT_MS / 1000 + ' 秒内回应此页面。',
      'wxshare：應用程式沒有在 ' + HELLO_TIMEOUT_MS / 1000 + ' 秒內回應此頁面。');
  }

  function noReply() {
    return localAnswer('NO_ANSWER',
      'wxshare: the app did not answer this call within ' + Math.round(answerMs / 1000) + ' s.',
      'wxshare：应用没有在 ' + Math.round(answerMs / 1000) + ' 秒内回应这次调用。',
      'wxshare：應用程式沒有在 ' + Math.round(answerMs / 1000) + ' 秒內回應這次呼叫。');
  }

  // Callbacks never run synchronously, and one that throws does not stop the others: its error is
  // rethrown on its own task, where window.onerror and the console see it.
  function invoke(fn, arg) {
    if (typeof fn !== 'function') {
      return;
    }
    try {
      fn(arg);
    } catch (e) {
      setTimeout(function () { throw e; }, 0);
    }
  }

  function serialise(params) {
    var json = JSON.stringify(params, function (key, value) {
      if (typeof value === 'function') {
        return undefined;
      }
      if (typeof value === 'number' && !isFinite(value)) {
        return String(value);
      }
      if (typeof value === 'bigint') {
        return value.toString();
      }
      return value;
    });
    return json === undefined ? 'null' : json;
  }

  function hello() {
    if (helloTimer !== null || token !== null) {
      return;
    }
    helloStarted = Date.now();
    ask();
  }

  // Says hello, and again every second until the app answers or HELLO_TIMEOUT_MS has passed.
  function ask() {
    helloTimer = setTimeout(function () {
      helloTimer = null;
      if (token !== null || queue.length === 0) {
        return;
      }
      if (Date.now() - helloStarted >= HELLO_TIMEOUT_MS) {
        flush(noAnswer()); // a later call asks again
      } else {
        ask();
      }
    }, HELLO_AGAIN_MS);
    try {
      global[NATIVE].hello(language());
    } catch (e) {
      clearTimeout(helloTimer);
      helloTimer = null;
      flush(localAnswer('NO_NATIVE', 'wxshare: the app side of the bridge failed: ' + e,
        'wxshare：应用端的桥接出错：' + e, 'wxshare：應用程式端的橋接出錯：' + e));
    }
  }

  function flush(failure) {
    var waiting = queue;
    queue = [];
    for (var i = 0; i < waiting.length; i++) {
      if (failure) {
        waiting[i].resolve(failure);
      } else {
        send(waiting[i]);
      }
    }
  }

  function send(call) {
    var id = nextId++;
    var envelope = JSON.stringify({ wxshare: 1, id: id, api: call.api, lang: language(), request: call.json });
    var entry = { resolve: call.resolve, timer: null };
    pending[id] = entry;
    entry.timer = setTimeout(function () {
      if (pending[id] === entry) {
        delete pending[id];
        entry.resolve(noReply());
      }
    }, answerMs);
    try {
      global[NATIVE].postMessage(token, envelope);
    } catch (e) {
      clearTimeout(entry.timer);
      delete pending[id];
      call.resolve(localAnswer('NO_NATIVE', 'wxshare: the app side of the bridge failed: ' + e,
        'wxshare：应用端的桥接出错：' + e, 'wxshare：應用程式端的橋接出錯：' + e));
    }
  }

  // Sends one call; the promise always resolves, with the answer object.
  function request(api, params) {
    return new Promise(function (resolve) {
      var json;
      try {
        json = serialise(params);
      } catch (e) {
        resolve(localAnswer('BAD_CALL',
          'wxshare: the parameters cannot be written as JSON (' + e + '); pass a plain object of strings, numbers and booleans.',
          'wxshare：参数无法写成 JSON（' + e + '）；请传入只含字符串、数字和布尔值的普通对象。',
          'wxshare：參數無法寫成 JSON（' + e + '）；請傳入只含字串、數字和布林值的一般物件。'));
        return;
      }
      if (!global[NATIVE] || typeof global[NATIVE].postMessage !== 'function') {
        resolve(noNative());
        return;
      }
      var call = { api: api, json: json, resolve: resolve };
      if (token !== null) {
        send(call);
      } else {
        queue.push(call);
        hello();
      }
    });
  }

  function parse(text) {
    try {
      var answer = JSON.parse(text);
      return answer && typeof answer === 'object' ? answer : null;
    } catch (e) {
      return null;
    }
  }

  var bridge = {
    version: 1,
    // The app's answers; called only by the scripts WxShareWebBridge evaluates in this page.
    _ready: function (t, timeoutMs) {
      if (typeof t !== 'string' || token !== null) {
        return; // this document has its token: one per document, whoever asked for another
      }
      token = t;
      if (typeof timeoutMs === 'number' && timeoutMs > 0) {
        answerMs = Math.min(timeoutMs, MAX_ANSWER_MS);
      }
      clearTimeout(helloTimer);
      helloTimer = null;
      flush(null);
    },
    // The app refused this page's origin: the calls waiting now fail; a later call asks again.
    _refused: function (answerText) {
      var refusal = parse(answerText) || localAnswer('ORIGIN_REFUSED', 'wxshare: the app refused this page.',
        'wxshare：应用拒绝了此页面。', 'wxshare：應用程式拒絕了此頁面。');
      clearTimeout(helloTimer);
      helloTimer = null;
      flush(refusal);
    },
    _receive: function (t, answerText) {
      var answer = parse(answerText);
      if (token === null || t !== token || !answer || !pending.hasOwnProperty(answer.id)) {
        return; // not an answer to a call of this page
      }
      var entry = pending[answer.id];
      delete pending[answer.id];
      clearTimeout(entry.timer);
      entry.resolve(answer);
    }
  };
  Object.defineProperty(global, '__wxshareBridge', { value: bridge, enumerable: false });

  // The answer as both documents' callbacks receive it: the reply's fields, plus errMsg for Donut.
  function result(apiName, answer) {
    var res = {};
    for (var key in answer) {
      if (answer.hasOwnProperty(key) && key !== 'wxshare' && key !== 'id' && key !== 'ok') {
        res[key] = answer[key];
      }
    }
    res.errMsg = apiName + (answer.ok ? ':ok' : ':fail ' + answer.message);
    return res;
  }

  function shareMiniProgramMessage(options) {
    var callbacks = options !== null && typeof options === 'object' &&
      (typeof options.success === 'function' || typeof options.fail === 'function' ||
       typeof options.complete === 'function');
    var promise = request('wx.miniapp.shareMiniProgramMessage', options).then(function (answer) {
      var res = result('shareMiniProgramMessage', answer);
      if (callbacks) {
        invoke(answer.ok ? options.success : options.fail, res);
        invoke(options.complete, res);
        return undefined;
      }
      if (answer.ok) {
        return res;
      }
      throw res;
    });
    return callbacks ? undefined : promise;
  }

  function shareMiniProgram(params, success, error) {
    request('Wechat.shareMiniProgram', params).then(function (answer) {
      var res = result('shareMiniProgram', answer);
      if (answer.ok) {
        invoke(success, res);
        return;
      }
      var err = new Error(answer.message);
      err.name = 'WxShareError';
      for (var key in res) {
        if (res.hasOwnProperty(key) && key !== 'message') {
          err[key] = res[key];
        }
      }
      invoke(error, err);
    });
  }

  var wx = global.wx = global.wx || {};
  wx.miniapp = wx.miniapp || {};
  wx.miniapp.shareMiniProgramMessage = shareMiniProgramMessage;
  var Wechat = global.Wechat = global.Wechat || {};
  Wechat.shareMiniProgram = shareMiniProgram;
})(typeof window !== 'undefined' ? window : this);
