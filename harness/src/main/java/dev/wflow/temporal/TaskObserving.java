package dev.wflow.temporal;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** Reports workflow executions and activity attempts to a {@link TaskObserver}. */
final class TaskObserving extends WorkerInterceptorBase {

  private final TaskObserver observer;

  TaskObserving(TaskObserver observer) {
    this.observer = observer;
  }

  @Override
  public WorkflowInboundCallsInterceptor interceptWorkflow(WorkflowInboundCallsInterceptor next) {
    return new WorkflowInboundCallsInterceptorBase(next) {
      @Override
      public WorkflowOutput execute(WorkflowInput input) {
        var info = Workflow.getInfo();
        // A worker that picks up a run begun elsewhere replays it first: that run did not start
        // here, so only its end is reported.
        boolean began = !Workflow.isReplaying();
        long startNanos = System.nanoTime();
        if (began) {
          emit(TaskEvent.Kind.WORKFLOW, TaskEvent.Phase.STARTED, info, Duration.ZERO, null);
        }
        try {
          WorkflowOutput output = super.execute(input);
          emit(TaskEvent.Kind.WORKFLOW, TaskEvent.Phase.COMPLETED, info, since(startNanos), null);
          return output;
        } catch (RuntimeException | Error e) {
          // Continue-as-new and cache eviction end the thread with an Error of the SDK's own:
          // neither
          // is a failure of the workflow.
          if (!isWorkflowThreadDestroyed(e)) {
            emit(TaskEvent.Kind.WORKFLOW, TaskEvent.Phase.FAILED, info, since(startNanos), e);
          }
          throw e;
        }
      }

      private void emit(
          TaskEvent.Kind kind,
          TaskEvent.Phase phase,
          io.temporal.workflow.WorkflowInfo info,
          Duration took,
          Throwable failure) {
        if (Workflow.isReplaying()) {
          return;
        }
        safely(
            new TaskEvent(
                kind,
                phase,
                info.getWorkflowType(),
                info.getWorkflowId(),
                info.getTaskQueue(),
                1,
                took,
                failure == null ? null : oneLine(failure)));
      }
    };
  }

  @Override
  public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
    return new ActivityInboundCallsInterceptorBase(next) {
      private ActivityExecutionContext context;

      @Override
      public void init(ActivityExecutionContext context) {
        this.context = context;
        super.init(context);
      }

      @Override
      public ActivityOutput execute(ActivityInput input) {
        var info = context.getInfo();
        long startNanos = System.nanoTime();
        emit(info, TaskEvent.Phase.STARTED, Duration.ZERO, null);
        try {
          ActivityOutput output = super.execute(input);
          emit(info, TaskEvent.Phase.COMPLETED, since(startNanos), null);
          return output;
        } catch (RuntimeException | Error e) {
          emit(info, TaskEvent.Phase.FAILED, since(startNanos), e);
          throw e;
        }
      }

      private void emit(
          io.temporal.activity.ActivityInfo info,
          TaskEvent.Phase phase,
          Duration took,
          Throwable failure) {
        safely(
            new TaskEvent(
                TaskEvent.Kind.ACTIVITY,
                phase,
                info.getActivityType(),
                info.getWorkflowId(),
                info.getActivityTaskQueue(),
                info.getAttempt(),
                took,
                failure == null ? null : oneLine(failure)));
      }
    };
  }

  private void safely(TaskEvent event) {
    try {
      observer.observe(event);
    } catch (RuntimeException e) {
      // An observer is a display; its failure must never fail a workflow or an activity.
    }
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static boolean isWorkflowThreadDestroyed(Throwable e) {
    return e instanceof io.temporal.internal.sync.DestroyWorkflowThreadError;
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
