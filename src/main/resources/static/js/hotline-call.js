// The operator's call screen: Ctrl+Enter saves, a knowledge-base entry fills the answer, the call timer runs.
(function () {
  var form = document.getElementById('call-form');
  if (!form) {
    return;
  }
  form.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  document.addEventListener('click', function (event) {
    var item = event.target.closest ? event.target.closest('.faq-use') : null;
    if (!item) {
      return;
    }
    var answer = document.getElementById('answerSummary');
    answer.value = item.getAttribute('data-answer');
    answer.focus();
  });
  var timer = document.getElementById('call-timer');
  var start = timer ? parseInt(timer.getAttribute('data-start'), 10) : NaN;
  if (!isNaN(start)) {
    var tick = function () {
      var seconds = Math.max(0, Math.floor((Date.now() - start) / 1000));
      var rest = seconds % 60;
      timer.textContent = Math.floor(seconds / 60) + ':' + (rest < 10 ? '0' : '') + rest;
    };
    tick();
    setInterval(tick, 1000);
  }
})();
