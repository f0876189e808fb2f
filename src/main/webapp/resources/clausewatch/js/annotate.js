// Selecting words in a clause's text (mouse, or keyboard: Shift with arrows) fills the annotation
// form: the selected words and where they start and end, counted in characters of the clause text
// as the server holds it. Only DOM text nodes are read; nothing is written as markup. Clicking a
// marked passage, or Enter with the caret in it, shows its annotations in the side panel, opening
// the page of the list that has them. Those who only read get no caret: for them each marked
// passage is a stop for Tab, and Enter or Space on it does what a click does.
(function () {
  var text = document.getElementById("clause-text");
  if (!text) {
    return;
  }
  var words = document.getElementById("annotate:words");
  var start = document.getElementById("annotate:start");
  var end = document.getElementById("annotate:end");

  function offset(node, within) {
    var range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(node, within);
    return range.toString().length;
  }

  function capture() {
    var selection = window.getSelection();
    if (!words || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    var range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
      return;
    }
    var from = offset(range.startContainer, range.startOffset);
    var to = offset(range.endContainer, range.endOffset);
    if (to <= from) {
      return;
    }
    words.value = range.toString();
    start.value = String(from);
    end.value = String(to);
  }

  text.addEventListener("mouseup", capture);
  text.addEventListener("keyup", capture);
  document.addEventListener("selectionchange", function () {
    var selection = window.getSelection();
    if (selection && selection.rangeCount > 0 && text.contains(selection.anchorNode)) {
      capture();
    }
  });
  if (words) {
    // Keyboard selection without caret browsing: for those who may annotate, the text takes a
    // caret (arrows move it, Shift with arrows, Home or End selects) but refuses every change.
    var original = text.cloneNode(true);
    text.setAttribute("contenteditable", "true");
    text.setAttribute("role", "textbox");
    text.setAttribute("aria-labelledby", "text-title");
    text.setAttribute("aria-multiline", "true");
    text.setAttribute("aria-readonly", "true");
    text.setAttribute("spellcheck", "false");
    text.addEventListener("beforeinput", function (event) {
      event.preventDefault();
    });
    text.addEventListener("input", function () {
      // Input that cannot be cancelled (composition): put the text back as the server sent it.
      text.replaceChildren.apply(text, Array.prototype.map.call(original.childNodes, function (n) {
        return n.cloneNode(true);
      }));
    });
    ["paste", "drop", "cut"].forEach(function (type) {
      text.addEventListener(type, function (event) {
        event.preventDefault();
      });
    });
    // Typed words: the server looks for them; an old position would point elsewhere.
    words.addEventListener("input", function () {
      start.value = "";
      end.value = "";
    });
  } else {
    Array.prototype.forEach.call(text.querySelectorAll("mark[data-annotations]"), function (mark) {
      mark.setAttribute("tabindex", "0");
      mark.setAttribute("role", "button");
      if (document.getElementById("annotations-read-hint")) {
        mark.setAttribute("aria-describedby", "annotations-read-hint");
      }
    });
  }

  // The annotations of a marked passage: shown in the side panel, or the page of the list that
  // has them opened.
  function show(mark) {
    var id = mark.getAttribute("data-annotations").split(" ")[0];
    var first = document.getElementById("annotation-" + id);
    if (first) {
      first.scrollIntoView({ block: "nearest" });
      first.focus();
      return;
    }
    var page = mark.getAttribute("data-page");
    if (page && page !== "0") {
      var url = new URL(window.location.href);
      url.searchParams.set("page", page);
      url.searchParams.delete("annotation");
      url.hash = "annotation-" + id;
      window.location.assign(url.toString());
    }
  }

  function markOf(node) {
    var element = node && node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    return element && element.closest ? element.closest("mark[data-annotations]") : null;
  }

  text.addEventListener("click", function (event) {
    var mark = markOf(event.target);
    if (mark) {
      show(mark);
    }
  });
  // Keyboard: Enter with the caret in a marked passage, or Enter or Space on a marked passage that
  // has the focus, does what a click does.
  text.addEventListener("keydown", function (event) {
    var focused = event.target !== text ? markOf(event.target) : null;
    if (event.key !== "Enter" && !(event.key === " " && focused)) {
      return;
    }
    var selection = window.getSelection();
    var mark = focused;
    if (!mark && selection && selection.rangeCount > 0) {
      mark = markOf(selection.anchorNode);
    }
    if (mark && text.contains(mark)) {
      event.preventDefault();
      show(mark);
    }
  });
})();
